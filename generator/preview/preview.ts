// Generator-only preview: loads the GLB, colours nodes by layer from their extras, and frames a named view.
// Query: ?view=posterior|left|above&layers=superficial,intermediate,... (default: all).
import * as THREE from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';
import { LAYER_COLORS, LAYERS, readExtras, type Layer } from '../../contract';

const params = new URLSearchParams(location.search);
const view = params.get('view') ?? 'posterior';
const shown = new Set((params.get('layers') ?? LAYERS.join(',')).split(','));
// Optional: ?only=trapezius,scapula shows just those structures (both sides), for checking one mesh.
const only = params.get('only')?.split(',') ?? null;

const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
renderer.setPixelRatio(1);
renderer.setSize(innerWidth, innerHeight);
renderer.toneMapping = THREE.ACESFilmicToneMapping;
document.body.appendChild(renderer.domElement);
const scene = new THREE.Scene();
scene.background = new THREE.Color(0x1d2026);
const pmrem = new THREE.PMREMGenerator(renderer);
scene.environment = pmrem.fromScene(new RoomEnvironment(), 0.04).texture;
const key = new THREE.DirectionalLight(0xffffff, 1.6);
key.position.set(-1, 2, -2);
scene.add(key, new THREE.AmbientLight(0xffffff, 0.25));

const look: Record<Layer, THREE.MeshStandardMaterialParameters> = {
  superficial: { color: LAYER_COLORS.superficial, roughness: 0.55 },
  intermediate: { color: LAYER_COLORS.intermediate, roughness: 0.55 },
  intrinsic: { color: LAYER_COLORS.intrinsic, roughness: 0.55 },
  skeleton: { color: LAYER_COLORS.skeleton, roughness: 0.7 },
  skin: { color: LAYER_COLORS.skin, roughness: 0.5, transparent: true, opacity: 0.3, depthWrite: false },
};

const camera = new THREE.PerspectiveCamera(30, innerWidth / innerHeight, 0.01, 10);
// Optional close-ups for checking details: ?zoom=3&ty=0.05 (target height, m) — the docs views use neither.
const zoom = Number(params.get('zoom') ?? '1') || 1;
const target = new THREE.Vector3(Number(params.get('tx') ?? '0') || 0, Number(params.get('ty') ?? '-0.27') || 0, 0.05);
const dist = 1.75 / zoom;
if (view === 'left') camera.position.set(dist, target.y, 0.05);
else if (view === 'above') camera.position.set(target.x + 0.35 / zoom, target.y + 0.95 / zoom, -1.1 / zoom);
else if (view === 'oblique') camera.position.set(target.x + 0.9 / zoom, target.y + 0.3 / zoom, -1.2 / zoom);
else if (view === 'oblique-right') camera.position.set(target.x - 0.9 / zoom, target.y + 0.3 / zoom, -1.2 / zoom);
else camera.position.set(target.x, target.y, -dist);
camera.lookAt(target);

MeshoptDecoder.ready
  .then(() => {
    const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
    return loader.loadAsync('/models/torso.glb');
  })
  .then((gltf) => {
    gltf.scene.traverse((o) => {
      if (!(o instanceof THREE.Mesh)) return;
      const extras = readExtras(o.userData);
      if (!extras) return;
      o.visible = only ? only.includes(extras.structure) : shown.has(extras.layer);
      o.material = new THREE.MeshStandardMaterial({ ...look[extras.layer], side: THREE.DoubleSide });
      if (extras.layer === 'skin') o.renderOrder = 10;
    });
    scene.add(gltf.scene);
    renderer.render(scene, camera);
    (window as unknown as { __ready: boolean }).__ready = true;
  })
  .catch((e: unknown) => {
    document.body.textContent = String(e);
    (window as unknown as { __ready: boolean }).__ready = true;
  });
