// spf/pass-all through DNSControl: a TXT() string, a constant, and SPF_BUILDER parts.
var SPF_ORG = "v=spf1 include:_spf.example.net " + "+all";
//                                                  ^^^^ spf/pass-all

D("example.com", REG_NONE, DnsProvider(DSP_NONE),
  TXT("@", "v=spf1 mx +all"),
//                    ^^^^ spf/pass-all
  TXT("shop", 'v=spf1 a \x2ball'),
//                      ^^^^^^^ spf/pass-all
  SPF_BUILDER({
    label: "news",
    parts: [
      "v=spf1",
      "include:_spf.example.net",
      "all",
//     ^^^ spf/pass-all
    ],
  }),
END);

D("example.org", REG_NONE, DnsProvider(DSP_NONE),
  TXT("@", SPF_ORG),
END);
