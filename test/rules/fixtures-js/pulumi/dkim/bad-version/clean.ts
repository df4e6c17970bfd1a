// A DKIM key record with the right version tag (Azure native).
import * as azure from "@pulumi/azure-native";

new azure.network.RecordSet("dkim", {
  zoneName: "example.com",
  resourceGroupName: "dns",
  relativeRecordSetName: "a._domainkey",
  recordType: "TXT",
  txtRecords: [{ value: ["v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="] }],
});
