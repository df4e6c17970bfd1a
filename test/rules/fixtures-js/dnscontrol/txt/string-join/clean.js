// Array items that end with the separator the next one needs.
D("example.com", REG_NONE, DnsProvider(DSP_NONE),
  TXT("@", ["v=spf1 include:_spf.example.net ", "-all"]),
  TXT("_dmarc", ["v=DMARC1; p=reject; ", "rua=mailto:dmarc@example.com"]),
END);
