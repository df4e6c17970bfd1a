// Long DKIM keys split the way each provider wants; Cloudflare splits by itself.
import * as aws from "@pulumi/aws";
import * as cloudflare from "@pulumi/cloudflare";

new aws.route53.Record("dkim", {
  zoneId: "Z0123456789",
  name: "sel1._domainkey.example.com",
  type: "TXT",
  records: ["v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAnrfOX8Y92JuDgjy7/V4uR37utIfOUrYSJPstPs2HfsoE1IVPv2AHYSHuo1tPlBq5h/iojwzd60wDXYL1xTIt2n5wIX9R3T2ZnXeDjVv4kVijb91HpTDk21URtt1Y0339aiV/GsK0YoNUCuRR+50Tpgk30vJp\"\"1s9QihNwfpXZqmeNtK3Swln4wCuBXB0Ry82Gu3+s+Pb89ZbBJe818WXgZzyt7L4vmPbsWxTHH3ypHY/X2wl5Yv9EvrbHazAVIA+og0PFCIuNOn5N+1QJgvvskfEr2+NzsPN+V9Y1FsznJLyQnyx/jPkTwgBw/Y2NIL3pgMGG2qrb3VKvrjcgX5vfZwIDAQAB"],
});

new cloudflare.Record("dkim", { zoneId: "abc", name: "sel1._domainkey.example.org", type: "TXT", content: "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAnrfOX8Y92JuDgjy7/V4uR37utIfOUrYSJPstPs2HfsoE1IVPv2AHYSHuo1tPlBq5h/iojwzd60wDXYL1xTIt2n5wIX9R3T2ZnXeDjVv4kVijb91HpTDk21URtt1Y0339aiV/GsK0YoNUCuRR+50Tpgk30vJp1s9QihNwfpXZqmeNtK3Swln4wCuBXB0Ry82Gu3+s+Pb89ZbBJe818WXgZzyt7L4vmPbsWxTHH3ypHY/X2wl5Yv9EvrbHazAVIA+og0PFCIuNOn5N+1QJgvvskfEr2+NzsPN+V9Y1FsznJLyQnyx/jPkTwgBw/Y2NIL3pgMGG2qrb3VKvrjcgX5vfZwIDAQAB" });
