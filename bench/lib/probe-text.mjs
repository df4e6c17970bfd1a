/** Generated YAML and JSON documents of a given size that say nothing about DNS (the IaC probe). */
export function probeYaml(bytes) {
  const parts = ['# application settings, nothing about DNS\nservices:\n'];
  let size = parts[0].length;
  for (let i = 0; size < bytes; i++) {
    const s = `  - name: worker-${i}\n    image: registry.example/app:${i % 97}\n    replicas: ${i % 7}\n    env:\n      LOG_LEVEL: info\n      QUEUE: jobs-${i % 13}\n`;
    parts.push(s);
    size += s.length;
  }
  return parts.join('');
}

export function probeJson(bytes) {
  const parts = ['{"services":['];
  let size = parts[0].length;
  for (let i = 0; size < bytes; i++) {
    const s = `${i ? ',' : ''}{"name":"worker-${i}","image":"registry.example/app:${i % 97}","replicas":${i % 7},"env":{"LOG_LEVEL":"info","QUEUE":"jobs-${i % 13}"}}\n`;
    parts.push(s);
    size += s.length;
  }
  parts.push(']}\n');
  return parts.join('');
}
