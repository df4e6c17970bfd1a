// txt/string-too-long through Pulumi: Route 53 needs \"\" splits; Google needs quoted strings.
import * as aws from "@pulumi/aws";
import * as gcp from "@pulumi/gcp";

new aws.route53.Record("dkim", {
  zoneId: "Z0123456789",
  name: "sel1._domainkey.example.com",
  type: "TXT",
  records: ["v=DKIM1; k=rsa; \"\"p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAnrfOX8Y92JuDgjy7/V4uR37utIfOUrYSJPstPs2HfsoE1IVPv2AHYSHuo1tPlBq5h/iojwzd60wDXYL1xTIt2n5wIX9R3T2ZnXeDjVv4kVijb91HpTDk21URtt1Y0339aiV/GsK0YoNUCuRR+50Tpgk30vJp1s9QihNwfpXZqmeNtK3Swln4wCuBXB0Ry82Gu3+s+Pb89ZbBJe818\"\"WXgZzyt7L4vmPbsWxTHH3ypHY/X2wl5Yv9EvrbHazAVIA+og0PFCIuNOn5N+1QJgvvskfEr2+NzsPN+V9Y1FsznJLyQnyx/jPkTwgBw/Y2NIL3pgMGG2qrb3VKvrjcgX5vfZwIDAQAB"],
//           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ txt/string-too-long
});

new gcp.dns.RecordSet("dkim", {
  managedZone: "net",
  name: "sel1._domainkey.example.net.",
  type: "TXT",
  rrdatas: ['"v=DKIM1; k=rsa; " "p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAnrfOX8Y92JuDgjy7/V4uR37utIfOUrYSJPstPs2HfsoE1IVPv2AHYSHuo1tPlBq5h/iojwzd60wDXYL1xTIt2n5wIX9R3T2ZnXeDjVv4kVijb91HpTDk21URtt1Y0339aiV/GsK0YoNUCuRR+50Tpgk30vJp1s9QihNwfpXZqmeNtK3Swln4wCuBXB0Ry82Gu3+s+Pb89ZbBJe818" "WXgZzyt7L4vmPbsWxTHH3ypHY/X2wl5Yv9EvrbHazAVIA+og0PFCIuNOn5N+1QJgvvskfEr2+NzsPN+V9Y1FsznJLyQnyx/jPkTwgBw/Y2NIL3pgMGG2qrb3VKvrjcgX5vfZwIDAQAB"'],
//           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ txt/string-too-long
});
