/* Progressive enhancement: a Leaflet map of the markers in <script id="map-data">.
   Every page works without it: the list or the address says it all. Nothing is
   loaded from another host unless the site sets a tile URL (data-tile-url); without
   one the map draws the bundled outline of the centre (data-outline) as vector layers.
   Leaflet itself (about 45 KB compressed) is fetched only when the map is about to
   come into view; CSS keeps the map's space free meanwhile, so nothing shifts. */
(function () {
  "use strict";

  var self = document.currentScript;
  var leafletCss = self && self.getAttribute("data-leaflet-css");
  var leafletJs = self && self.getAttribute("data-leaflet-js");
  // The list/map switch applies below this width, as in discoveries.css.
  var smallScreen = window.matchMedia ? window.matchMedia("(max-width: 47.99em)") : null;

  // How each kind of feature in the outline looks (its properties.kind).
  var OUTLINE_STYLES = {
    centre: { stroke: false, fillColor: "#FFFFFF", fillOpacity: 1 },
    moat: { color: "#8DB8D9", weight: 9, opacity: 1 },
    canal: { color: "#8DB8D9", weight: 6, opacity: 1 },
    street: { color: "#B4ADA3", weight: 4, opacity: 1 }
  };

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

  function textLabel(text) {
    var span = document.createElement("span");
    span.textContent = text;
    return span;
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

  function loadOutline(url, then) {
    if (!url || !window.fetch) {
      then(null);
      return;
    }
    fetch(url, { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(then, function () { then(null); });
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

  function drawOutline(L, map, outline) {
    L.geoJSON(outline, {
      interactive: false,
      style: function (feature) {
        return OUTLINE_STYLES[feature.properties.kind] || OUTLINE_STYLES.street;
      },
      pointToLayer: function (feature, latlng) {
        return L.circleMarker(latlng, {
          radius: 6, color: "#1A1A1A", weight: 2, fillColor: "#FFFFFF", fillOpacity: 1, interactive: false
        });
      },
      onEachFeature: function (feature, layer) {
        if (feature.properties.kind === "centre") {
          return;
        }
        var coordinates = feature.geometry.type === "Point"
          ? [feature.geometry.coordinates]
          : feature.geometry.coordinates;
        var middle = coordinates[Math.floor(coordinates.length / 2)];
        L.tooltip({
          permanent: true,
          interactive: false,
          direction: feature.geometry.type === "Point" ? "right" : "center",
          className: "map-label map-label--" + feature.properties.kind
        }).setLatLng([middle[1], middle[0]]).setContent(textLabel(feature.properties.name)).addTo(map);
      }
    }).addTo(map);
  }

  function addMarker(L, map, marker) {
    var point = [marker.lat, marker.lon];
    var link = popupContent(marker);
    var pin = L.marker(point, { title: marker.name, alt: marker.name, keyboard: true })
      .bindPopup(link)
      .addTo(map);
    // The popup's link is the next thing a keyboard user wants; Escape brings them back.
    pin.on("popupopen", function () { link.focus(); });
    pin.on("popupclose", function () {
      if (document.activeElement === link || document.activeElement === document.body) {
        pin.getElement().focus();
      }
    });
    return point;
  }

  function draw(container, outline) {
    var L = window.L;
    var markers = readMarkers(container);
    if (!L) {
      return null;
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
    } else if (outline) {
      container.classList.add("map--outline");
      drawOutline(L, map, outline);
    }

    var points = markers.map(function (marker) { return addMarker(L, map, marker); });

    if (container.getAttribute("data-route") === "true" && points.length > 1) {
      L.polyline(points, { className: "map-route-line", weight: 4, opacity: 0.8, interactive: false }).addTo(map);
    }

    if (points.length === 1) {
      map.setView(points[0], 16);
    } else {
      map.fitBounds(L.latLngBounds(points), { padding: [32, 32], maxZoom: 17 });
    }
    return map;
  }

  // Below 48em the list and the map take turns: two buttons with aria-pressed.
  function setUpSwitch(container, onShowMap) {
    var layout = container.closest("[data-map-switch]");
    var group = layout && layout.querySelector(".map-switch");
    if (!group || !smallScreen) {
      return;
    }
    var buttons = group.querySelectorAll("button[data-view]");
    function show(view) {
      layout.setAttribute("data-view", view);
      for (var i = 0; i < buttons.length; i++) {
        var pressed = buttons[i].getAttribute("data-view") === view;
        buttons[i].setAttribute("aria-pressed", pressed ? "true" : "false");
      }
      if (view === "map") {
        onShowMap();
      }
    }
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener("click", function (event) {
        show(event.currentTarget.getAttribute("data-view"));
      });
    }
    group.hidden = false;
    show("list");
  }

  function init() {
    var container = document.getElementById("map");
    if (!container || !leafletJs || !readMarkers(container).length) {
      return;
    }
    container.hidden = false;
    var map = null;
    setUpSwitch(container, function () {
      if (map) {
        map.invalidateSize();
      }
    });
    whenNearlyVisible(container, function () {
      var tileUrl = container.getAttribute("data-tile-url");
      var pending = 2;
      var outline = null;
      function ready() {
        pending -= 1;
        if (pending === 0) {
          map = draw(container, outline);
        }
      }
      loadOutline(tileUrl ? "" : container.getAttribute("data-outline"), function (data) {
        outline = data;
        ready();
      });
      loadLeaflet(ready);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
