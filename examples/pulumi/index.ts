// A Pulumi program with good and broken email records, checked by `zonemail check examples/`.
import * as aws from "@pulumi/aws";
import * as cloudflare from "@pulumi/cloudflare";
import * as gcp from "@pulumi/gcp";

const zone = new aws.route53.Zone("main", { name: "example.com" });

// Good: a strict SPF policy (the AWS provider adds the DNS quotes).
new aws.route53.Record("spf", {
  zoneId: zone.zoneId,
  name: "example.com",
  type: "TXT",
  ttl: 300,
  records: ["v=spf1 mx include:_spf.example.net -all"],
});

// Broken: p=none only monitors.
new aws.route53.Record("dmarc", {
  zoneId: zone.zoneId,
  name: "_dmarc",
  type: aws.route53.RecordType.TXT,
  ttl: 300,
  records: ['v=DMARC1; p=none; rua=mailto:dmarc@example.com'],
});

// Good: a long DKIM key split with \"\" (Route 53 strings hold at most 255 octets).
const dkimKey = "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAnrfOX8Y92JuDgjy7/V4uR37utIfOUrYSJPstPs2HfsoE1IVPv2AHYSHuo1tPlBq5h/iojwzd60wDXYL1xTIt2n5wIX9R3T2ZnXeDjVv4kVijb91HpTDk21URtt1Y0339aiV/GsK0YoNUCuRR+50Tpgk30vJp" + "\"\"" + "1s9QihNwfpXZqmeNtK3Swln4wCuBXB0Ry82Gu3+s+Pb89ZbBJe818WXgZzyt7L4vmPbsWxTHH3ypHY/X2wl5Yv9EvrbHazAVIA+og0PFCIuNOn5N+1QJgvvskfEr2+NzsPN+V9Y1FsznJLyQnyx/jPkTwgBw/Y2NIL3pgMGG2qrb3VKvrjcgX5vfZwIDAQAB";
new aws.route53.Record("dkim", {
  zoneId: zone.zoneId,
  name: "sel1._domainkey",
  type: "TXT",
  ttl: 300,
  records: [dkimKey],
});

const cfZone = new cloudflare.Zone("org", { zone: "example.org" });

// Broken: "+all" lets every host on the Internet send as example.org.
new cloudflare.Record("org-spf", {
  zoneId: cfZone.id,
  name: "@",
  type: "TXT",
  content: `v=spf1 include:_spf.example.net +all`,
});

const gZone = new gcp.dns.ManagedZone("net", { name: "example-net", dnsName: "example.net." });

// Good: Cloud DNS reads rrdatas as zone text, so the value carries its DNS quotes.
new gcp.dns.RecordSet("net-dmarc", {
  managedZone: gZone.name,
  name: "_dmarc.example.net.",
  type: "TXT",
  ttl: 300,
  rrdatas: ["\"v=DMARC1; p=reject; rua=mailto:dmarc@example.net\""],
});
