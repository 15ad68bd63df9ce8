// 白板 Whiteboard's service worker: the app shell for a tablet that reloads without the network (docs/PROTOCOL.md, "Offline start").
// Network first, always: online, every request goes to the server, so a deploy is never hidden behind an old copy;
// the cache only answers when the network does not. The board's data is not here: the app keeps it in local storage,
// and the hub (/hubs/) and the API (/api/, except the projector's QR code) are never cached.
const CACHE = "whiteboard-shell-v1";
const SHELL = new URL("index.html", self.registration.scope).href;
const PRECACHE = ["./", "css/app.css", "js/resource-timing.js", "js/whiteboard.js", "js/start.js", "manifest.webmanifest", "icons/icon-192.png", "icons/icon-512.png"];

self.addEventListener("install", event => {
    event.waitUntil((async () => {
        const cache = await caches.open(CACHE);
        for (const path of PRECACHE) {
            try {
                const response = await fetch(path, { cache: "no-cache" });
                if (response.ok) await cache.put(path === "./" ? SHELL : new URL(path, self.registration.scope).href, response);
            } catch { /* offline while installing: the page's own list fills the cache later */ }
        }
        await self.skipWaiting();
    })());
});

self.addEventListener("activate", event => {
    event.waitUntil((async () => {
        for (const name of await caches.keys())
            if (name.startsWith("whiteboard-") && name !== CACHE) await caches.delete(name);
        await self.clients.claim(); // the page that registered us is served from now on, not only after a reload
    })());
});

self.addEventListener("fetch", event => {
    const request = event.request;
    if (request.method !== "GET") return;
    const url = new URL(request.url);
    if (url.origin !== self.location.origin || !cacheable(url)) return;
    event.respondWith(request.mode === "navigate" ? navigate(event) : networkFirst(event));
});

// The page lists what its first load fetched (before this worker controlled it), so that all of it is here offline.
self.addEventListener("message", event => {
    if (event.data && event.data.type === "cache-urls" && Array.isArray(event.data.urls)) event.waitUntil(keep(event.data.urls));
});

function cacheable(url) {
    const path = url.pathname;
    if (path.startsWith("/hubs/") || path === "/healthz" || path.endsWith("/service-worker.js")) return false;
    if (path.startsWith("/api/")) return /^\/api\/workshops\/[^/]+\/qr\.svg$/.test(path);
    return true;
}

async function networkFirst(event) {
    const request = event.request;
    try {
        const response = await fetch(request);
        if (response.ok && response.type === "basic" && response.status !== 206) event.waitUntil(store(request, response.clone()));
        return response;
    } catch (error) {
        const cached = await caches.match(request, { cacheName: CACHE, ignoreVary: true });
        if (cached) return cached;
        throw error;
    }
}

// Every page of the app is index.html (the server's fallback): whatever address is opened offline gets the shell.
async function navigate(event) {
    try {
        const response = await fetch(event.request);
        if (response.ok && (response.headers.get("content-type") || "").includes("text/html")) {
            const copy = response.clone();
            event.waitUntil(caches.open(CACHE).then(cache => cache.put(SHELL, copy)).catch(() => { }));
            return response;
        }
        if (response.status < 500) return response;
    } catch { /* offline: the shell below */ }
    const shell = await caches.match(SHELL, { cacheName: CACHE, ignoreVary: true });
    return shell || Response.error();
}

// Writes a response unless the same version (ETag) is already there: a tablet does not rewrite megabytes at every start.
async function store(request, response) {
    try {
        const cache = await caches.open(CACHE);
        const etag = response.headers.get("etag");
        const old = etag && await cache.match(request, { ignoreVary: true });
        if (!old || old.headers.get("etag") !== etag) await cache.put(request, response);
    } catch { /* storage full: the network still answers */ }
}

async function keep(urls) {
    const cache = await caches.open(CACHE);
    // The runtime's files this start did not load belong to an older deploy (Release names them by content): drop them.
    const loaded = new Set(urls.map(href => new URL(href, self.registration.scope).pathname));
    for (const request of await cache.keys()) {
        const path = new URL(request.url).pathname;
        if (path.startsWith("/_framework/") && !loaded.has(path)) await cache.delete(request);
    }
    for (const href of urls) {
        const url = new URL(href, self.registration.scope);
        url.hash = "";
        if (url.origin !== self.location.origin || !cacheable(url)) continue;
        if (await cache.match(url.href, { ignoreVary: true })) continue;
        try {
            const response = await fetch(url.href); // usually straight from the browser's HTTP cache
            if (response.ok && response.status !== 206) await cache.put(url.href, response);
        } catch { /* gone offline meanwhile: the next start tries again */ }
    }
}
