resource "aws_route53_zone" "main" {
  name = "example.com"
}

resource "aws_route53_record" "spf" {
  zone_id = aws_route53_zone.main.zone_id
  name    = ""
  type    = "TXT"
  records = ["v=spf1 include:_spf.example.net -all", "google-site-verification=abc"]
#             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ terraform/route53-quoted-value
}
