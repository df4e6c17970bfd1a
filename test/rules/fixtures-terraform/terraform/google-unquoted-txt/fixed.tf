resource "google_dns_managed_zone" "corp" {
  name     = "corp"
  dns_name = "example.org."
}

resource "google_dns_record_set" "spf" {
  managed_zone = google_dns_managed_zone.corp.name
  name         = "example.org."
  type         = "TXT"
  ttl          = 300
  rrdatas      = ["\"v=spf1 include:_spf.example.net -all\"", "plain-token"]
#                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ terraform/google-unquoted-txt
}
