// dkim/bad-version through DNSControl.
D("example.com", REG_NONE, DnsProvider(DSP_NONE),
  TXT("a._domainkey", "v=dkim1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="),
//                       ^^^^^ dkim/bad-version
END);
