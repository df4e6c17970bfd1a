resource "google_dns_managed_zone" "corp" {
  name     = "corp"
  dns_name = "example.org."
}

resource "google_dns_record_set" "dkim" {
  managed_zone = "corp"
  name         = "sel1._domainkey.example.org."
  type         = "TXT"
  ttl          = 300
  rrdatas      = ["\"v=DKIM1; k=rsa; \" \"p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wq\" \"L3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wIDAQAB\""]
#                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ terraform/google-long-string
}
