// Enforcing DMARC through Pulumi.
import * as aws from "@pulumi/aws";

new aws.route53.Record("dmarc", { zoneId: "Z0123456789", name: "_dmarc.example.com", type: "TXT", records: ["v=DMARC1; p=reject; rua=mailto:dmarc@example.com"] });
