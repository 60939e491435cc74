// Regenerates the map of Europe the app draws: country boundaries from Natural Earth
// (public domain, via the world-atlas package), projected to ETRS89-LAEA (EPSG:3035, the
// equal-area projection the EU uses for Europe), simplified, and written as
//   public/map/europe.svg   one <path id="ES"> per country the platform knows, plus "context"
//                           for the neighbours drawn in grey; the page references them with <use>
//   model/src/map/atlas.rs  the frame (origin, size) and each country's box and label point,
//                           so the server can place organisations in the same coordinates
// Run: cd scripts/map && npm ci && npm run build. The output is committed; nothing runs at build time.

import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import proj4 from "proj4";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import { topology } from "topojson-server";
import { presimplify, simplify, planarTriangleArea } from "topojson-simplify";
import { geoPath, geoIdentity } from "d3-geo";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const atlas = JSON.parse(readFileSync(join(root, "scripts/map/node_modules/world-atlas/countries-50m.json"), "utf8"));

// The countries the platform knows (model/src/taxonomy.rs, `Country`): drawn and clickable.
const TAXONOMY_SRC = readFileSync(join(root, "model/src/taxonomy.rs"), "utf8");
const countryBlock = TAXONOMY_SRC.slice(TAXONOMY_SRC.indexOf('Country, "country"'));
const KNOWN = [...countryBlock.slice(0, countryBlock.indexOf("}")).matchAll(/=> "([A-Z]{2})"/g)].map((m) => m[1]);

const LAEA = "+proj=laea +lat_0=52 +lon_0=10 +x_0=4321000 +y_0=3210000 +ellps=GRS80 +units=m +no_defs";
const project = proj4("WGS84", LAEA);
const KM = 1000;

// The frame: the platform's countries inside this longitude/latitude window (Iceland to
// eastern Turkey, the Canary Islands to the North Cape) decide the extent; overseas
// territories outside it are dropped and neighbours are cut at its edge.
const WINDOW = { west: -25, east: 45, south: 27.5, north: 71.5 };
const MARGIN_KM = 60;
// Simplification: drop vertices whose triangle is smaller than this many km², then islands
// smaller than ISLAND_MIN_KM2 (Malta, 316 km², is the smallest country drawn).
const MIN_AREA_KM2 = 8;
const ISLAND_MIN_KM2 = 150;

const inWindow = ([lon, lat]) => lon >= WINDOW.west && lon <= WINDOW.east && lat >= WINDOW.south && lat <= WINDOW.north;

const all = feature(atlas, atlas.objects.countries).features;
const alpha2 = (f) => (f.id ? countries.numericToAlpha2(f.id) : undefined);

// Extent in projected metres, from the known countries' boundary points inside the window.
let [minE, minN, maxE, maxN] = [Infinity, Infinity, -Infinity, -Infinity];
for (const f of all.filter((f) => KNOWN.includes(alpha2(f)))) {
  for (const polygon of polygonsOf(f.geometry)) {
    for (const [lon, lat] of polygon[0]) {
      if (!inWindow([lon, lat])) continue;
      const [e, n] = project.forward([lon, lat]);
      [minE, minN, maxE, maxN] = [Math.min(minE, e), Math.min(minN, n), Math.max(maxE, e), Math.max(maxN, n)];
    }
  }
}
const originE = Math.floor((minE - MARGIN_KM * KM) / (10 * KM)) * 10 * KM;
const originN = Math.ceil((maxN + MARGIN_KM * KM) / (10 * KM)) * 10 * KM;
const width = Math.ceil((maxE + MARGIN_KM * KM - originE) / (10 * KM)) * 10;
const height = Math.ceil((originN - (minN - MARGIN_KM * KM)) / (10 * KM)) * 10;

// Project to the frame (km, y down), keeping only polygons that reach into it.
const toFrame = ([lon, lat]) => {
  const [e, n] = project.forward([lon, lat]);
  return [(e - originE) / KM, (originN - n) / KM];
};
const touchesFrame = (ring) => ring.some(([x, y]) => x >= 0 && x <= width && y >= 0 && y <= height);

const projected = {};
for (const f of all) {
  const code = alpha2(f);
  const key = code && KNOWN.includes(code) ? code : `context-${f.id ?? f.properties.name}`;
  const polygons = polygonsOf(f.geometry)
    .map((p) => p.map((ring) => ring.map(toFrame)))
    .filter((p) => touchesFrame(p[0]));
  if (polygons.length) projected[key] = { type: "MultiPolygon", coordinates: polygons };
}
for (const code of KNOWN) if (!projected[code]) throw new Error(`no boundary for ${code}`);

// Simplify as one topology so shared borders stay shared.
let topo = topology(projected);
topo = presimplify(topo, planarTriangleArea);
topo = simplify(topo, MIN_AREA_KM2);

const path = geoPath(geoIdentity()).digits(1);
// Neighbours are drawn only as far as the frame reaches (Russia would otherwise bring Siberia).
const clippedPath = geoPath(geoIdentity().clipExtent([[-20, -20], [width + 20, height + 20]])).digits(1);
const shapes = {};
for (const key of Object.keys(projected)) {
  const shape = feature(topo, topo.objects[key]);
  shape.geometry.coordinates = shape.geometry.coordinates.filter(
    (polygon) => Math.abs(path.area({ type: "Polygon", coordinates: polygon })) >= ISLAND_MIN_KM2,
  );
  shapes[key] = shape;
}

const contextD = Object.keys(shapes)
  .filter((k) => k.startsWith("context-"))
  .map((k) => clippedPath(shapes[k]))
  .filter(Boolean)
  .join("");
const svg = [
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}">`,
  `<!-- Natural Earth 1:50m (public domain) via world-atlas; ETRS89-LAEA, 1 unit = 1 km. Generated by scripts/map/build-europe.mjs. -->`,
  `<path id="context" d="${contextD}"/>`,
  ...KNOWN.map((code) => `<path id="${code}" d="${path(shapes[code])}"/>`),
  `</svg>`,
].join("\n");
mkdirSync(join(root, "public/map"), { recursive: true });
writeFileSync(join(root, "public/map/europe.svg"), svg + "\n");

// Each country's box, its focus (the largest polygon and the islands near it: the Balearics
// count for Spain, the Canary Islands do not, so clicking a country zooms to where most of it
// is) and its label point.
const NEAR_KM = 400;
const round = (v) => v.toFixed(1);
const rows = KNOWN.map((code) => {
  const polygons = shapes[code].geometry.coordinates
    .map((p) => ({ type: "Polygon", coordinates: p }))
    .sort((a, b) => path.area(b) - path.area(a));
  const largest = polygons[0];
  const [[mx0, my0], [mx1, my1]] = path.bounds(largest);
  const near = polygons.filter((p) => {
    const [[x0, y0], [x1, y1]] = path.bounds(p);
    return x0 < mx1 + NEAR_KM && x1 > mx0 - NEAR_KM && y0 < my1 + NEAR_KM && y1 > my0 - NEAR_KM;
  });
  const [[x0, y0], [x1, y1]] = path.bounds(shapes[code]);
  const [[f0, g0], [f1, g1]] = path.bounds({ type: "GeometryCollection", geometries: near });
  const [lx, ly] = path.centroid(largest);
  const box = (b) => `[${b.map(round).join(", ")}]`;
  return `    CountryShape { code: "${code}", bounds: ${box([x0, y0, x1, y1])}, focus: ${box([f0, g0, f1, g1])}, label: [${round(lx)}, ${round(ly)}] },`;
});
const rust = `//! Generated by scripts/map/build-europe.mjs from Natural Earth 1:50m (world-atlas ${
  JSON.parse(readFileSync(join(root, "scripts/map/node_modules/world-atlas/package.json"), "utf8")).version
}); do not edit.
//! The frame of public/map/europe.svg: ETRS89-LAEA (EPSG:3035), 1 unit = 1 km, y down.

use super::CountryShape;

/// ETRS89-LAEA parameters, as a proj string.
pub const PROJECTION: &str = "${LAEA}";
/// Easting and northing (metres) of the frame's top-left corner.
pub const ORIGIN_EASTING: f64 = ${originE}.0;
pub const ORIGIN_NORTHING: f64 = ${originN}.0;
/// Frame size in km.
pub const WIDTH: f64 = ${width}.0;
pub const HEIGHT: f64 = ${height}.0;

pub const COUNTRY_SHAPES: &[CountryShape] = &[
${rows.join("\n")}
];
`;
mkdirSync(join(root, "model/src/map"), { recursive: true });
writeFileSync(join(root, "model/src/map/atlas.rs"), rust);
console.log(`europe.svg: ${svg.length} bytes, ${width}×${height} km, ${KNOWN.length} countries`);

function polygonsOf(geometry) {
  if (!geometry) return [];
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
}
