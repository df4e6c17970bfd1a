// dmarc/p-none through Pulumi.
import * as aws from "@pulumi/aws";
import * as cloudflare from "@pulumi/cloudflare";

const zone = new aws.route53.Zone("main", { name: "example.com" });
new aws.route53.Record("dmarc", {
  zoneId: zone.zoneId,
  name: "_dmarc",
  type: aws.route53.RecordType.TXT,
  records: ['v=DMARC1; p=none; rua=mailto:dmarc@example.com'],
//                       ^^^^ dmarc/p-none
});
new cloudflare.DnsRecord("org", { zoneId: "abc", name: "_dmarc.example.org", type: "TXT", content: `v=DMARC1; p=none; rua=mailto:${"dmarc"}@example.org` });
//                                                                                                              ^^^^ dmarc/p-none
