import type { Testimonial } from "../types";

export const testimonials: Testimonial[] = [
  { patientName: "Odalys Penhallow", text: `After my implant I can eat apples again.`, doctor: "Dr. Iris Moreau" },
  { patientName: "JD", text: "The team explained every step." },
];
