// spf/pass-all through Pulumi: Route 53, Cloudflare (template literal) and Google (zone text).
import * as aws from "@pulumi/aws";
import * as cloudflare from "@pulumi/cloudflare";
import * as gcp from "@pulumi/gcp";

new aws.route53.Record("spf", {
  zoneId: "Z0123456789",
  name: "example.com",
  type: "TXT",
  records: ["v=spf1 mx -all"],
//                     ^^^^ spf/pass-all
});

new cloudflare.Record("org", { zoneId: "abc", name: "example.org", type: "TXT", content: `v=spf1 a -all` });
//                                                                                                 ^^^^^^^^^ spf/pass-all

new gcp.dns.RecordSet("net", { managedZone: "net", name: "example.net.", type: "TXT", rrdatas: ['"v=spf1 mx" " -all"'] });
//                                                                                                             ^^^^ spf/pass-all
