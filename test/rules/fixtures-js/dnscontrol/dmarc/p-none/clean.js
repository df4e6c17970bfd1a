// Enforcing DMARC policies through DNSControl.
D("example.com", REG_NONE, DnsProvider(DSP_NONE),
  TXT("_dmarc", "v=DMARC1; p=reject; rua=mailto:dmarc@example.com"),
  DMARC_BUILDER({ label: "shop", policy: "quarantine", rua: ["mailto:dmarc@example.com"] }),
END);
