// dkim/bad-version through Pulumi (Azure native TXT record set).
import * as azure from "@pulumi/azure-native";

new azure.network.RecordSet("dkim", {
  zoneName: "example.com",
  resourceGroupName: "dns",
  relativeRecordSetName: "a._domainkey",
  recordType: "TXT",
  txtRecords: [{ value: ["v=DKIM2; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="] }],
//                          ^^^^^ dkim/bad-version
});
