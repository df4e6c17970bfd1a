// A Route 53 split between terms, after the space.
import * as aws from "@pulumi/aws";

new aws.route53.Record("spf", { zoneId: "Z0123456789", name: "example.com", type: "TXT", records: ["v=spf1 include:_spf.example.net \"\"-all"] });
