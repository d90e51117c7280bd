// The one module the model, the content, the generator and the app agree through: the layers, the
// structures the model must hold, how their nodes are named and tagged (model.ts), and how each layer is
// labelled and coloured (palette.ts). content/, generator/, src/ and tests/ import it from here.
export * from './model';
export * from './palette';
