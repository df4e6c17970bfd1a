resource "azurerm_dns_txt_record" "dkim" {
  name                = "sel1._domainkey"
  zone_name           = "example.net"
  resource_group_name = "dns"
  ttl                 = 300
  record {
    value = "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wqL3wIDAQAB"
  }
}
