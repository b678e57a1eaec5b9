// Konva's core plus the two shapes used here, instead of the full build (all shapes and filters):
// the overlay draws everything through custom Shapes, so the rest would only weigh on first load.
import 'konva/lib/shapes/Rect';
import 'konva/lib/shapes/Image';

export { Stage, Layer, Shape, Rect, Image } from 'react-konva/lib/ReactKonvaCore';
