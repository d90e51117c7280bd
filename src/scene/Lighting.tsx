// Soft studio light built in the scene (no downloaded HDR): a sky/ground fill plus a key light from
// above-behind, where the viewer stands, and a rim from the side to separate the layers.
export function Lighting() {
  return (
    <>
      <hemisphereLight args={['#f4f1ea', '#3a3f4a', 1.35]} />
      <directionalLight position={[-0.8, 1.6, -2.2]} intensity={1.9} />
      <directionalLight position={[1.8, 0.4, -0.6]} intensity={0.6} />
      <directionalLight position={[0, -1, 1.5]} intensity={0.35} />
    </>
  );
}
