// dmarc/p-none through DNSControl: a TXT() value and DMARC_BUILDER (explicit and default policy).
D("example.com", REG_NONE, DnsProvider(DSP_NONE),
  TXT("_dmarc", "v=DMARC1; p=none; rua=mailto:dmarc@example.com"),
//                           ^^^^ dmarc/p-none
  DMARC_BUILDER({
    label: "shop",
    policy: 'none',
//           ^^^^ dmarc/p-none
    rua: ["mailto:dmarc@example.com"],
  }),
    DMARC_BUILDER({ label: "news", rua: ["mailto:dmarc@example.com"] }),
//  ^^^^^^^^^^^^^ dmarc/p-none
END);
