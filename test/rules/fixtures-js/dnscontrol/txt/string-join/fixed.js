// txt/string-join through DNSControl: array items are joined with no separator.
D("example.com", REG_NONE, DnsProvider(DSP_NONE),
  TXT("@", ["v=spf1 include:_spf.example.net", " -all"]),
//                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ txt/string-join
  TXT("_dmarc", ["v=DMARC1; p=reject", "; rua=mailto:dmarc@example.com"]),
//                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ txt/string-join
END);
