// The three classes the scene writes as JSX elements (<mesh>, <group>, …). R3F's <Canvas> registers all
// of three; registering only these lets the bundler leave the rest of three out of the download. A new
// element must be added here; R3F says so plainly ("… is not part of the THREE namespace") if it is not.
import { extend } from '@react-three/fiber';
import { Color, Group, Mesh } from 'three';

extend({ Color, Group, Mesh });
