// Strict SPF endings through Pulumi.
import * as aws from "@pulumi/aws";
import * as gcp from "@pulumi/gcp";

new aws.route53.Record("spf", { zoneId: "Z0123456789", name: "example.com", type: "TXT", records: ["v=spf1 mx -all"] });
new gcp.dns.RecordSet("net", { managedZone: "net", name: "example.net.", type: "TXT", rrdatas: ['"v=spf1 mx" " -all"'] });
const notARecord = "v=spf1 +all";
