/* Progressive enhancement: a Leaflet map of the markers in <script id="map-data">.
   Every page works without it: the list or the address says it all. Nothing is
   loaded from another host unless the site sets a tile URL (data-tile-url).
   Leaflet itself (about 45 KB compressed) is fetched only when the map is about to
   come into view; CSS keeps the map's space free meanwhile, so nothing shifts. */
(function () {
  "use strict";

  var self = document.currentScript;
  var leafletCss = self && self.getAttribute("data-leaflet-css");
  var leafletJs = self && self.getAttribute("data-leaflet-js");

  function readMarkers(container) {
    var source = document.getElementById(container.getAttribute("data-markers") || "map-data");
    if (!source) {
      return [];
    }
    try {
      var data = JSON.parse(source.textContent);
      return Array.isArray(data) ? data.filter(function (marker) {
        return typeof marker.lat === "number" && typeof marker.lon === "number";
      }) : [];
    } catch (error) {
      return [];
    }
  }

  function popupContent(marker) {
    // Built as DOM nodes: names never pass through innerHTML.
    var link = document.createElement("a");
    link.href = marker.url;
    link.textContent = marker.name;
    return link;
  }

  function loadLeaflet(then) {
    if (window.L) {
      then();
      return;
    }
    // Draw only once both have arrived: Leaflet finds its marker pictures through its
    // stylesheet, and sizes the map by it.
    var pending = 2;
    function arrived() {
      pending -= 1;
      if (pending === 0) {
        then();
      }
    }
    var css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = leafletCss;
    css.onload = arrived;
    css.onerror = arrived;
    document.head.appendChild(css);
    var script = document.createElement("script");
    script.src = leafletJs;
    script.onload = arrived;
    document.head.appendChild(script);
  }

  function whenNearlyVisible(element, then) {
    if (!("IntersectionObserver" in window)) {
      then();
      return;
    }
    var observer = new IntersectionObserver(function (entries) {
      if (entries.some(function (entry) { return entry.isIntersecting; })) {
        observer.disconnect();
        then();
      }
    }, { rootMargin: "300px 0px" });
    observer.observe(element);
  }

  function init() {
    var container = document.getElementById("map");
    if (!container || !leafletJs || !readMarkers(container).length) {
      return;
    }
    container.hidden = false;
    whenNearlyVisible(container, function () {
      loadLeaflet(function () {
        draw(container);
      });
    });
  }

  function draw(container) {
    var L = window.L;
    var markers = readMarkers(container);
    if (!L) {
      return;
    }
    container.setAttribute("role", "region");
    container.setAttribute("aria-label", container.getAttribute("data-label") || "Map");

    var map = L.map(container, { scrollWheelZoom: false, attributionControl: true });
    map.attributionControl.setPrefix(false);
    var tileUrl = container.getAttribute("data-tile-url");
    if (tileUrl) {
      L.tileLayer(tileUrl, {
        maxZoom: 19,
        attribution: container.getAttribute("data-attribution") || ""
      }).addTo(map);
    }

    var points = markers.map(function (marker) {
      var point = [marker.lat, marker.lon];
      L.marker(point, { title: marker.name, alt: marker.name, keyboard: true })
        .bindPopup(popupContent(marker))
        .addTo(map);
      return point;
    });

    if (container.getAttribute("data-route") === "true" && points.length > 1) {
      L.polyline(points, { className: "map-route-line", weight: 4, opacity: 0.8, interactive: false }).addTo(map);
    }

    if (points.length === 1) {
      map.setView(points[0], 16);
    } else {
      map.fitBounds(L.latLngBounds(points), { padding: [32, 32], maxZoom: 17 });
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
