# The app, built from the repository: the API, the explorer and the IDE on one port.
FROM node:20-bookworm-slim

WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    DATA_DIR=/app/data

# Dependencies first, so a change to the sources does not reinstall them. Dev dependencies are
# needed for the build (codegen, Vite); NODE_ENV=production would make npm ci skip them.
COPY package.json package-lock.json ./
RUN npm ci --include=dev --no-audit --no-fund

COPY . .
# Build once here (codegen, explorer, IDE), then drop what only the build needed.
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

EXPOSE 4000
# `npm start` would build again on every start; the image is already built, so serve directly.
CMD ["npm", "run", "serve"]
