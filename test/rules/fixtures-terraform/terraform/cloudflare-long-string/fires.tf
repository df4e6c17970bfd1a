resource "cloudflare_zone" "main" {
  zone = "example.com"
}

resource "cloudflare_record" "dkim" {
  zone_id = cloudflare_zone.main.id
  name    = "sel1._domainkey"
  type    = "TXT"
  content = "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wIDAQAB"
#            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ terraform/cloudflare-long-string
}
