// Validates an OpenAPI document (a JSON file) against the official OpenAPI schemas.
// Usage: node validate.mjs openapi.json   — exit code 0 when valid, 1 with the errors otherwise.
import { readFile } from "node:fs/promises";
import { Validator } from "@seriousme/openapi-schema-validator";

const file = process.argv[2];
if (!file) {
  console.error("Aufruf: node validate.mjs <openapi.json>");
  process.exit(2);
}

const validator = new Validator();
const result = await validator.validate(JSON.parse(await readFile(file, "utf8")));
if (result.valid) {
  console.log(`gültig: OpenAPI ${validator.version}`);
  process.exit(0);
}

console.error(JSON.stringify(result.errors, null, 2));
process.exit(1);
