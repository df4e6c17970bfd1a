// A DKIM key record with the right version tag.
D("example.com", REG_NONE, DnsProvider(DSP_NONE),
  TXT("a._domainkey", "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="),
END);
