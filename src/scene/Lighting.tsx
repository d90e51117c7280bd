// The scene's lights (see lights.ts).
import { useMemo } from 'react';
import { createLights } from './lights';

export function Lighting() {
  const lights = useMemo(createLights, []);
  return (
    <>
      {lights.map((light) => (
        <primitive key={light.uuid} object={light} />
      ))}
    </>
  );
}
