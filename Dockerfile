# Build: compile TypeScript with every dependency installed.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY commands ./commands
RUN npm run build

# Run: production dependencies and compiled JavaScript only, as the unprivileged `node` user.
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=8080
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# The seeds ship in the image; the volume keeps coverage added with `npm run ingest` across upgrades.
COPY --chown=node:node seeds ./seeds
VOLUME ["/app/seeds"]
USER node
EXPOSE 8080
# Meaningful in HTTP mode (DISCORD_PUBLIC_KEY set); the gateway mode serves no HTTP.
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD [ -z "$DISCORD_PUBLIC_KEY" ] || node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/src/main.js"]
