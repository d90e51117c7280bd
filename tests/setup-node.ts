// React's act() warnings are only meaningful when this flag is set (see @react-three/test-renderer docs).
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
