// Bench-only entry: the real TimelineChart with 10,000 synthetic milestones. Built by
// tests/bench/zoom-build.js into the bench's own served folder; never part of the site's build.
import { mount } from 'svelte';
import ZoomBench from './ZoomBench.svelte';
import { syntheticMilestones, syntheticPhases } from './synthetic';

const milestones = syntheticMilestones(10_000);
mount(ZoomBench, {
	target: document.getElementById('app')!,
	props: { milestones, phases: syntheticPhases() }
});
