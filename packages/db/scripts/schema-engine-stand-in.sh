#!/bin/sh
# Stand-in for Prisma's native schema engine, which Yardstick never downloads.
# Migrations are created and applied by the WASM schema engine: pnpm --filter @yardstick/db migration:new <name>
echo "Yardstick uses Prisma's WASM schema engine; the native one is not installed. See README, Database." >&2
exit 1
