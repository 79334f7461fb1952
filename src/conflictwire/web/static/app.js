// conflictwire's web UI: the map and the timeline. Plain JavaScript; Leaflet, its marker
// clustering and topojson-client come from npm and are served by the app itself.
"use strict";
const conflictwire = (() => {
  const COLOURS = {
    "Battles": "#b2182b", "Explosions/Remote violence": "#ef8a62", "Violence against civilians": "#762a83",
    "Protests": "#2166ac", "Riots": "#67a9cf", "Strategic developments": "#4d9221",
  };
  const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]));
  const getJSON = (url) => fetch(url).then((r) => { if (!r.ok) throw new Error(`${url}: ${r.status}`); return r.json(); });

  function legend(element) {
    element.innerHTML = Object.entries(COLOURS).map(([t, c]) =>
      `<span><span class="dot" style="background:${c}"></span>${esc(t)}</span>`).join("");
  }

  function map(id, query) {
    const m = L.map(id, {preferCanvas: true, worldCopyJump: true, minZoom: 2, maxZoom: 12}).setView([15, -1], 5);
    getJSON("/assets/world-atlas/countries-50m.json").then((world) => {
      L.geoJSON(topojson.feature(world, world.objects.countries), {
        style: {color: "#889", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1}, interactive: false,
      }).addTo(m).bringToBack();
      document.getElementById(id).dataset.boundaries = "loaded";
    }).catch((e) => { document.getElementById(id).dataset.boundaries = `failed: ${e.message || e}`; });
    legend(document.getElementById("legend"));
    getJSON(`/api/map?${query}`).then((data) => {
      document.getElementById("count").textContent = `${data.total} events` + (data.mode === "grid" ? ` (grid of ${data.step}°)` : "");
      const layer = data.mode === "events" ? L.markerClusterGroup({maxClusterRadius: 40}) : L.layerGroup();
      const bounds = [];
      for (const p of data.points) {
        bounds.push([p.lat, p.lon]);
        if (data.mode === "events") {
          const marker = L.circleMarker([p.lat, p.lon], {
            radius: 5 + Math.sqrt(p.fatalities || 0) * 2, color: "#333", weight: 1,
            fillColor: COLOURS[p.event_type] || "#999", fillOpacity: 0.85,
          });
          marker.bindPopup(`<b>${esc(p.sub_event_type)}</b><br>${esc(p.event_date)} · ${esc(p.location)}<br>` +
            `${esc(p.actor1)}${p.actor2 ? " / " + esc(p.actor2) : ""}<br>${esc(p.fatalities)} dead<br>` +
            `<a href="/events/${encodeURIComponent(p.event_id)}">open the event</a>`);
          marker.options.eventId = p.event_id;
          layer.addLayer(marker);
        } else {
          L.marker([p.lat, p.lon], {icon: L.divIcon({className: "grid-count", html: esc(p.count), iconSize: [30, 30]})})
            .bindPopup(`${esc(p.count)} events, ${esc(p.fatalities)} dead`).addTo(layer);
        }
      }
      layer.addTo(m);
      if (bounds.length) m.fitBounds(bounds, {padding: [30, 30], maxZoom: 8});
      document.getElementById(id).dataset.markers = String(data.points.length);
    }).catch((e) => { document.getElementById("count").textContent = `could not load events: ${e.message || e}`; });
    return m;
  }

  function bars(container, periods, series, colours, title) {
    const width = Math.max(600, container.clientWidth || 900), height = 260, pad = {l: 48, r: 10, t: 10, b: 40};
    const totals = periods.map((p) => series.reduce((s, k) => s + (p.values[k] || 0), 0));
    const max = Math.max(1, ...totals);
    const bw = (width - pad.l - pad.r) / Math.max(1, periods.length);
    const y = (v) => height - pad.b - (v / max) * (height - pad.t - pad.b);
    let svg = `<svg width="${width}" height="${height}" role="img" aria-label="${esc(title)}">`;
    periods.forEach((p, i) => {
      let base = 0;
      for (const k of series) {
        const v = p.values[k] || 0;
        if (!v) continue;
        svg += `<rect x="${pad.l + i * bw + 1}" y="${y(base + v)}" width="${Math.max(1, bw - 2)}" height="${y(base) - y(base + v)}" fill="${colours[k] || "#999"}"><title>${esc(p.period)} · ${esc(k)}: ${v}</title></rect>`;
        base += v;
      }
      if (periods.length <= 40 || i % Math.ceil(periods.length / 40) === 0) {
        svg += `<text x="${pad.l + i * bw}" y="${height - pad.b + 14}" transform="rotate(35 ${pad.l + i * bw} ${height - pad.b + 14})">${esc(p.period.slice(0, 10))}</text>`;
      }
    });
    svg += `<text x="4" y="${pad.t + 10}">${max}</text><text x="4" y="${height - pad.b}">0</text></svg>`;
    container.innerHTML = svg;
  }

  function timeline(eventsId, fatalitiesId, query) {
    getJSON(`/api/timeline?${query}`).then((rows) => {
      const byPeriod = new Map();
      for (const r of rows) {
        if (!byPeriod.has(r.period)) byPeriod.set(r.period, {period: r.period, values: {}, deaths: {}});
        byPeriod.get(r.period).values[r.event_type] = r.events;
        byPeriod.get(r.period).deaths[r.event_type] = r.fatalities;
      }
      const periods = [...byPeriod.values()];
      const types = Object.keys(COLOURS);
      bars(document.getElementById(eventsId), periods, types, COLOURS, "events");
      bars(document.getElementById(fatalitiesId), periods.map((p) => ({period: p.period, values: p.deaths})), types, COLOURS, "fatalities");
      document.getElementById(eventsId).dataset.periods = String(periods.length);
    });
  }

  return {map, timeline};
})();
