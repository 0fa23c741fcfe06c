#!/usr/bin/env python3
"""Validate a corpuslint.json against schemas/corpuslint.schema.json, as an editor would.

Usage: check-config-schema.py SCHEMA CONFIG. corpuslint.json allows // comment lines and trailing commas,
which JSON does not: whole-line comments and commas before a closing bracket are removed first.
"""
import json
import re
import sys

import jsonschema

schema_path, config_path = sys.argv[1], sys.argv[2]
with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
with open(config_path, encoding="utf-8") as f:
    text = "\n".join(line for line in f.read().splitlines() if not line.lstrip().startswith("//"))
text = re.sub(r",(\s*[}\]])", r"\1", text)
jsonschema.validate(json.loads(text), schema)
