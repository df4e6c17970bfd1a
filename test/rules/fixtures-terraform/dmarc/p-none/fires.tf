resource "azurerm_dns_txt_record" "dmarc" {
  name                = "_dmarc"
  zone_name           = "example.net"
  resource_group_name = "dns"
  ttl                 = 300
  record {
    value = "v=DMARC1; p=none; rua=mailto:reports@example.net"
#                        ^^^^ dmarc/p-none
  }
}
