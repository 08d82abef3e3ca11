#!/usr/bin/env node
// Holds every API 3.0 request the program sends (dump_v3_requests prints them, one JSON object per line)
// against the official SDK's model of its action in its service: cvm's from tencentcloud-sdk-nodejs-cvm's
// cvm_models.d.ts, vpc's and tag's from the full tencentcloud-sdk-nodejs package's vpc_models.d.ts and
// tag_models.d.ts, both pinned in package-lock.json. For "<Action>Request" every field of the body must be
// one the model declares, of the model's JSON type (string, number, boolean, Array<T>, or another interface
// of the file, checked the same way), and every field the model does not mark optional must be there. Prints
// one line per breach. Usage: check_models.js PATH_TO_dump_v3_requests
"use strict";

const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

// Where each service's models are: cvm's in the cvm package, vpc's and tag's in the full SDK.
const SERVICES = {
    cvm: ["tencentcloud-sdk-nodejs-cvm", "tencentcloud/services/cvm/v20170312/cvm_models.d.ts"],
    vpc: ["tencentcloud-sdk-nodejs", "tencentcloud/services/vpc/v20170312/vpc_models.d.ts"],
    tag: ["tencentcloud-sdk-nodejs", "tencentcloud/services/tag/v20180813/tag_models.d.ts"],
};

function modelsFile(service) {
    if (!SERVICES[service]) {
        console.log(`FAIL the check knows no models of the service ${JSON.stringify(service)}`);
        process.exit(1);
    }
    const [pkg, file] = SERVICES[service];
    try {
        const root = path.dirname(require.resolve(`${pkg}/package.json`));
        return path.join(root, file);
    } catch (error) {
        console.error(`FAIL the official SDK is not installed (${error.code || error.message}): ` +
                      "run `npm ci --prefix tests/sdk` (.ci/install-deps does)");
        process.exit(1);
    }
}

// interface name -> { field: { type, optional } }
function readModels(file) {
    const text = fs.readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
    const models = {};
    for (const m of text.matchAll(/export interface (\w+) \{([\s\S]*?)\n\}/g)) {
        const fields = {};
        for (const f of m[2].matchAll(/^\s*(\w+)(\?)?:\s*([^;]+);/gm))
            fields[f[1]] = { type: f[3].trim(), optional: f[2] === "?" };
        models[m[1]] = fields;
    }
    // A request without parameters: "export type DescribeZonesRequest = null;" (an empty body).
    for (const m of text.matchAll(/export (?:declare )?type (\w+) = null;/g))
        models[m[1]] = {};
    return models;
}

function check(value, type, where, models, breaches) {
    const array = /^Array<(.+)>$/.exec(type);
    if (array) {
        if (!Array.isArray(value))
            return breaches.push(`${where}: ${JSON.stringify(value)} is not an array (${type})`);
        value.forEach((item, i) => check(item, array[1], `${where}[${i}]`, models, breaches));
    } else if (type === "string" || type === "number" || type === "boolean") {
        if (typeof value !== type)
            breaches.push(`${where}: ${JSON.stringify(value)} is not a ${type}`);
    } else if (models[type]) {
        if (value === null || typeof value !== "object" || Array.isArray(value))
            return breaches.push(`${where}: ${JSON.stringify(value)} is not an object (${type})`);
        checkObject(value, type, where, models, breaches);
    } else {
        breaches.push(`${where}: the model's type ${type} is not understood by this check`);
    }
}

function checkObject(body, model, where, models, breaches) {
    const fields = models[model];
    for (const [key, value] of Object.entries(body)) {
        if (!fields[key])
            breaches.push(`${where}.${key}: ${model} has no field ${key}`);
        else
            check(value, fields[key].type, `${where}.${key}`, models, breaches);
    }
    for (const [key, field] of Object.entries(fields))
        if (!field.optional && !(key in body))
            breaches.push(`${where}: ${model} requires ${key}`);
}

function main() {
    if (process.argv.length < 3) {
        console.error("usage: check_models.js PATH_TO_dump_v3_requests");
        return 2;
    }
    const modelsOf = {};
    const lines = execFileSync(process.argv[2], { encoding: "utf8" }).split("\n").filter((l) => l.trim());
    const breaches = [];
    const actions = new Set();
    for (const line of lines) {
        const { service, action, body } = JSON.parse(line);
        actions.add(`${service}:${action}`);
        const models = modelsOf[service] || (modelsOf[service] = readModels(modelsFile(service)));
        const model = `${action}Request`;
        if (!models[model]) {
            breaches.push(`${service} ${action}: the SDK has no model ${model}`);
            continue;
        }
        checkObject(body, model, action, models, breaches);
    }
    for (const b of breaches)
        console.log(`FAIL ${b}`);
    if (lines.length === 0)
        console.log("FAIL dump_v3_requests printed no request");
    if (breaches.length || lines.length === 0)
        return 1;
    console.log(`PASS ${lines.length} requests of ${actions.size} actions (${[...actions].join(", ")}) ` +
                "match the official SDK's models");
    return 0;
}

process.exitCode = main();
