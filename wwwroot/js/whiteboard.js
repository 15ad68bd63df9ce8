// Browser helpers the Blazor client calls through JS interop.
window.whiteboard = {
    // The clipboard API needs a secure context; a classroom server on plain http over the LAN is not one.
    copyText: async function (text) {
        try {
            if (navigator.clipboard && window.isSecureContext) {
                await navigator.clipboard.writeText(text);
                return true;
            }
        } catch { /* fall through to the old way */ }
        const area = document.createElement("textarea");
        area.value = text;
        area.setAttribute("readonly", "");
        area.style.position = "fixed";
        area.style.opacity = "0";
        document.body.appendChild(area);
        area.select();
        const copied = document.execCommand("copy");
        area.remove();
        return copied;
    }
};

// A gentle two-tone chime when a stage's timer runs out (the visual cue shows whether or not sound is allowed).
window.whiteboard.beep = function () {
    const AudioContext = window.AudioContext || window.webkitAudioContext;
    if (!AudioContext) return;
    const context = window.whiteboard.audio || (window.whiteboard.audio = new AudioContext());
    if (context.state === "suspended") context.resume();
    [[660, 0], [880, 0.25]].forEach(([frequency, delay]) => {
        const start = context.currentTime + delay;
        const tone = context.createOscillator();
        const volume = context.createGain();
        tone.type = "sine";
        tone.frequency.value = frequency;
        volume.gain.setValueAtTime(0.0001, start);
        volume.gain.exponentialRampToValueAtTime(0.15, start + 0.03);
        volume.gain.exponentialRampToValueAtTime(0.0001, start + 0.45);
        tone.connect(volume).connect(context.destination);
        tone.start(start);
        tone.stop(start + 0.5);
    });
};

// Tells the app what the browser knows before its connection does: the network went or came back, the tab slept or woke.
window.whiteboard.watchNetwork = function (listener) {
    const tell = method => listener.invokeMethodAsync(method).catch(() => { /* the app is gone (reload) */ });
    window.addEventListener("online", () => tell("Online"));
    window.addEventListener("offline", () => tell("Offline"));
    document.addEventListener("visibilitychange", () => tell(document.visibilityState === "visible" ? "Visible" : "Invisible"));
    window.addEventListener("pagehide", () => tell("Invisible"));
};

// Installs the service worker that keeps the app shell (so a reload without the network still opens the board), then
// hands it the list of everything this first load fetched before it was in control. Service workers need a secure
// context (https, or localhost): on plain http over a LAN there is none, and the app still keeps its data and changes.
window.whiteboard.keepAppShell = async function () {
    if (!("serviceWorker" in navigator)) return;
    try {
        await navigator.serviceWorker.register("service-worker.js");
        const registration = await navigator.serviceWorker.ready;
        const urls = performance.getEntriesByType("resource").map(entry => entry.name);
        if (registration.active) registration.active.postMessage({ type: "cache-urls", urls });
    } catch { /* no service worker: online use is unchanged */ }
};

// Files the app already holds (fetched with the facilitator's secret in a header): saved as a download, or shown
// through an object URL (an <img> of a chart, the report in a new tab) — never injected into the page as markup.
window.whiteboard.saveText = function (fileName, text, type) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
};
window.whiteboard.objectUrl = (text, type) => URL.createObjectURL(new Blob([text], { type }));
window.whiteboard.revokeUrl = url => URL.revokeObjectURL(url);
// The keys in local storage that start with a prefix (what an older version of the app kept without a list).
window.whiteboard.storageKeys = prefix => Object.keys(localStorage).filter(k => k.startsWith(prefix));
// False when the browser blocked the new tab: the page then offers a link to tap instead.
window.whiteboard.openUrl = url => !!window.open(url, "_blank");

// Ctrl+Z / Cmd+Z undoes the person's last change on the board, Ctrl+Shift+Z / Cmd+Shift+Z / Ctrl+Y redoes it — but not
// in a text field (its own undo takes back typing) nor while an input method is composing. Returns a handle to stop.
window.whiteboard.watchUndoKeys = function (listener) {
    const typing = target => target instanceof Element && target.closest("input, textarea, select, [contenteditable]:not([contenteditable=false])") !== null;
    const onKey = event => {
        if (!(event.ctrlKey || event.metaKey) || event.altKey || event.isComposing || typing(event.target)) return;
        const key = event.key.toLowerCase();
        const undo = key === "z" && !event.shiftKey;
        const redo = (key === "z" && event.shiftKey) || (key === "y" && event.ctrlKey && !event.shiftKey);
        if (!undo && !redo) return;
        event.preventDefault();
        listener.invokeMethodAsync(undo ? "Undo" : "Redo").catch(() => { /* the app is gone (reload) */ });
    };
    document.addEventListener("keydown", onKey);
    return { stop: () => document.removeEventListener("keydown", onKey) };
};
