// DNSControl configuration with good and broken email records, checked by `zonemail check examples/`.
var REG_NONE = NewRegistrar("none");
var DSP_ROUTE53 = NewDnsProvider("route53");

var DKIM_KEY = "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu5ZqkX3nb3R6kYp0dU5CPxV2l8f8e8mR4T1oJ6hS0k2fS3xPq8Ew1bJ8fN0m7dM8nDkq9aT3t9y1Pz1sK5g3mQ2vU7xYwG8r1JcZb0hZpR4cD6e5wYyT2sV1Lq0bN9m3jX8oR5tC7uW2iE4aF6gH1kD3lS9pQ0rT5vU8wX2yZ4bA6cE1dF3gH5iJ7kL9mN0oP2qR4sT6uV8wX0yZ2aB4cD6eF8gH0iJ2kL4mN6oP8qR0sT2uV4wX6yZ8aB0cD2eF4gH6iJ8kL0mN2oP4qR6sT8uV0wX2yZ4IDAQAB";

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
