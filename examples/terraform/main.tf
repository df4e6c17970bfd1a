# Zonemail example: DNS records for mail in Terraform, with good and broken records.
# Run: zonemail check examples/terraform/main.tf

resource "aws_route53_zone" "main" {
  name = "example.com"
}

# Good: SPF through Route 53 (the provider adds the quotes).
resource "aws_route53_record" "spf" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "example.com"
  type    = "TXT"
  ttl     = 300
  records = ["v=spf1 include:_spf.example.net -all"]
}

# Broken: +all lets anyone send.
resource "aws_route53_record" "spf_marketing" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "marketing"
  type    = "TXT"
  ttl     = 300
  records = ["v=spf1 include:mailer.example.net +all"]
}

# Broken: the value carries its own DNS quotes; the AWS provider adds them again.
resource "aws_route53_record" "verification" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "example.com"
  type    = "TXT"
  ttl     = 300
  records = ["\"example-site-verification=4f2a9c\""]
}

# Broken: a DKIM key over 255 octets without a \"\" split.
resource "aws_route53_record" "dkim" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "sel1._domainkey"
  type    = "TXT"
  ttl     = 300
  records = ["v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqnePNUhHvwgabacPtQ8J6Q685PVw5gWX6E4S2ypwABb07IEUq2pBNncA9W8QDUjiGcFtBfBxunFhll5LITCzhDdce96u06epDlRPRn9GqNCE4S+jr5KLS4vPNke+AeOyKJ7qSMnq++IKs4AmaRqSDXNNW5Y0ZxypU8UhW7ueyVqC+C0g/OgyclvdB7KoJJ8cUE9bfPhJ9H6LJja9V8qqMmLSAS/NoYVXynXd/pLRns4u+zT3HsAME7zmy0zj/yGqVXvu1N62TM4PAqtTgu8El4jJ3mYUbD0+VQ+QxL5VSbIBjkq4LkBBnQXIiHPxrwiWz3Ozw1DtgveEfw/ARNSirQIDAQAB"]
}

# Monitoring only: p=none.
resource "cloudflare_record" "dmarc" {
  zone_id = cloudflare_zone.main.id
  name    = "_dmarc"
  type    = "TXT"
  content = "v=DMARC1; p=none; rua=mailto:dmarc@example.com"
}

resource "cloudflare_zone" "main" {
  zone = "example.com"
}

# Broken: the split glues two SPF terms together (no space before \"\").
resource "aws_route53_record" "spf_split" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "lists"
  type    = "TXT"
  records = ["v=spf1 include:_spf.a.example\"\"include:_spf.b.example -all"]
}

resource "google_dns_managed_zone" "corp" {
  name     = "corp"
  dns_name = "corp.example.org."
}

# Broken: Cloud DNS splits an unquoted value at its spaces.
resource "google_dns_record_set" "spf" {
  managed_zone = google_dns_managed_zone.corp.name
  name         = "corp.example.org."
  type         = "TXT"
  ttl          = 300
  rrdatas      = ["v=spf1 mx -all"]
}

# Good: Azure splits long values itself; interpolations are never checked inside.
resource "azurerm_dns_txt_record" "dmarc" {
  name                = "_dmarc"
  zone_name           = "example.net"
  resource_group_name = var.resource_group
  ttl                 = 3600
  record {
    value = "v=DMARC1; p=reject; rua=mailto:${var.dmarc_mailbox}"
  }
}
