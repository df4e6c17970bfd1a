// Strict and soft SPF endings through DNSControl, and a `+all` outside any record.
var NOTE = "v=spf1 +all";

D("example.com", REG_NONE, DnsProvider(DSP_NONE),
  TXT("@", "v=spf1 mx -all"),
  TXT("shop", 'v=spf1 a ~all'),
  SPF_BUILDER({ label: "news", parts: ["v=spf1", "include:_spf.example.net", "-all"] }),
END);
