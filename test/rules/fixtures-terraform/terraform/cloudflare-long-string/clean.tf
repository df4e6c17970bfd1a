resource "cloudflare_zone" "main" {
  zone = "example.com"
}

resource "cloudflare_dns_record" "dkim" {
  zone_id = cloudflare_zone.main.id
  name    = "sel1._domainkey"
  type    = "TXT"
  ttl     = 1
  content = "\"v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3w\" \"qL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wIDAQAB\""
}
