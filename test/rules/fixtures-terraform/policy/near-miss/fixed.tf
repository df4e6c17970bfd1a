resource "cloudflare_zone" "main" {
  zone = "example.com"
}

resource "cloudflare_record" "spf" {
  zone_id = cloudflare_zone.main.id
  name    = "@"
  type    = "TXT"
  content = "v=spf1 mx -all"
#            ^^^^^^^ policy/near-miss
}
