// Render ZPL labels to PNG with zpl-renderer-js (a WebAssembly build of zebrash), offline.
// Input on stdin: JSON list of {"zpl": str, "widthMm": num, "heightMm": num, "dpmm": int, "out": path}.
// Each label's first rendered image is written as a PNG to its "out" path.
const fs = require("node:fs");
const { ready } = require("zpl-renderer-js");

async function main() {
  const jobs = JSON.parse(fs.readFileSync(0, "utf8"));
  const { api } = await ready;
  for (const job of jobs) {
    const png = await api.zplToBase64Async(job.zpl, job.widthMm, job.heightMm, job.dpmm);
    fs.writeFileSync(job.out, Buffer.from(png, "base64"));
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(String(err && err.stack ? err.stack : err));
    process.exit(1);
  },
);
