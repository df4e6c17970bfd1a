// DNSControl configuration with good and broken email records, checked by `zonemail check examples/`.
var REG_NONE = NewRegistrar("none");
var DSP_ROUTE53 = NewDnsProvider("route53");

var DKIM_KEY = "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAnrfOX8Y92JuDgjy7/V4uR37utIfOUrYSJPstPs2HfsoE1IVPv2AHYSHuo1tPlBq5h/iojwzd60wDXYL1xTIt2n5wIX9R3T2ZnXeDjVv4kVijb91HpTDk21URtt1Y0339aiV/GsK0YoNUCuRR+50Tpgk30vJp1s9QihNwfpXZqmeNtK3Swln4wCuBXB0Ry82Gu3+s+Pb89ZbBJe818WXgZzyt7L4vmPbsWxTHH3ypHY/X2wl5Yv9EvrbHazAVIA+og0PFCIuNOn5N+1QJgvvskfEr2+NzsPN+V9Y1FsznJLyQnyx/jPkTwgBw/Y2NIL3pgMGG2qrb3VKvrjcgX5vfZwIDAQAB";

D("example.com", REG_NONE, DnsProvider(DSP_ROUTE53),
  A("@", "192.0.2.10"),
  MX("@", 10, "mail.example.com."),
  A("mail", "192.0.2.25"),
  // Good: a strict SPF policy.
  TXT("@", "v=spf1 mx include:_spf.example.net -all"),
  // Good: the DMARC builder writes "v=DMARC1; p=reject; rua=mailto:dmarc@example.com".
  DMARC_BUILDER({
    policy: "reject",
    rua: ["mailto:dmarc@example.com"],
  }),
  // Good: a long DKIM key in one string (DNSControl splits it into 255-octet strings).
  TXT("sel1._domainkey", DKIM_KEY),
  TLSA("_25._tcp.mail", 3, 1, 1, "8cb0fc6c527506a053f4f14c8464bebbd6dede2738d11468dd953d7d6a3021f1"),
END);

D("example.org", REG_NONE, DnsProvider(DSP_ROUTE53),
  MX("@", 10, "mail.example.com."),
  // Broken: "+all" lets every host on the Internet send as example.org.
  TXT("@", "v=spf1 include:_spf.example.net +all"),
  // Broken: the DMARC builder's default policy is p=none (monitoring only).
  DMARC_BUILDER({
    rua: ["mailto:dmarc@example.org"],
  }),
  // Broken: the array items are joined with no separator: "...example.net-all".
  TXT("legacy", ["v=spf1 include:_spf.example.net", "-all"]),
END);
