// txt/string-join through Pulumi: a Route 53 \"\" split that glues two SPF terms.
import * as aws from "@pulumi/aws";

new aws.route53.Record("spf", { zoneId: "Z0123456789", name: "example.com", type: "TXT", records: ["v=spf1 include:_spf.example.net\"\" -all"] });
//                                                                                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ txt/string-join
