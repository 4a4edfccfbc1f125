-- ============================================================================
-- The 56 self-hosted SageMaker models of spec 36.3, loaded exactly as the spec
-- writes them (its INSERT statements, verbatim), and one thermal_states row each.
-- ============================================================================
-- ============================================================================
-- RADIANT v4.2.0 - Self-Hosted Models Seed Data (56 Models)
-- ============================================================================

-- ============================================================================
-- COMPUTER VISION MODELS (13 models)
-- ============================================================================

INSERT INTO self_hosted_models (model_id, name, display_name, description, category, specialty, capabilities, input_modalities, output_modalities, primary_mode, sagemaker_image, instance_type, gpu_memory_gb, parameters, accuracy, license, commercial_use_allowed, hourly_rate, per_image, min_tier) VALUES

-- Classification (4)
('efficientnet-b0', 'efficientnet-b0', 'EfficientNet-B0', 'Lightweight image classification model', 'vision', 'classification', ARRAY['image_classification', 'feature_extraction'], ARRAY['image'], ARRAY['json'], 'inference', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g4dn.xlarge', 2, 5300000, '77.1% ImageNet Top-1', 'Apache-2.0', true, 1.30, 0.001, 3),
('efficientnetv2-l', 'efficientnetv2-l', 'EfficientNetV2-L', 'State-of-the-art classification with improved training efficiency', 'vision', 'classification', ARRAY['image_classification', 'feature_extraction'], ARRAY['image'], ARRAY['json'], 'inference', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.xlarge', 8, 118000000, '85.7% ImageNet Top-1', 'Apache-2.0', true, 2.47, 0.002, 3),
('convnext-xl', 'convnext-xl', 'ConvNeXt-XL', 'Pure ConvNet achieving transformer-level performance', 'vision', 'classification', ARRAY['image_classification', 'feature_extraction'], ARRAY['image'], ARRAY['json'], 'inference', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.2xlarge', 12, 350000000, '87.8% ImageNet Top-1', 'Apache-2.0', true, 2.66, 0.003, 3),
('vit-l-14', 'vit-l-14', 'ViT-L/14', 'Vision Transformer Large with 14x14 patches', 'vision', 'classification', ARRAY['image_classification', 'feature_extraction'], ARRAY['image'], ARRAY['json'], 'inference', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.2xlarge', 10, 304000000, '88.0% ImageNet Top-1', 'Apache-2.0', true, 2.66, 0.003, 3),

-- Detection (4)
('yolov8m', 'yolov8m', 'YOLOv8m', 'Medium YOLOv8 for real-time object detection', 'vision', 'detection', ARRAY['object_detection', 'real_time'], ARRAY['image'], ARRAY['json'], 'inference', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g4dn.xlarge', 4, 25900000, '50.2% COCO mAP', 'AGPL-3.0', false, 1.30, 0.002, 3),
('yolov8x', 'yolov8x', 'YOLOv8x', 'Extra-large YOLOv8 for maximum accuracy', 'vision', 'detection', ARRAY['object_detection', 'high_accuracy'], ARRAY['image'], ARRAY['json'], 'inference', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.xlarge', 8, 68200000, '53.9% COCO mAP', 'AGPL-3.0', false, 2.47, 0.003, 3),
('yolo11m', 'yolo11m', 'YOLO11m', 'Latest YOLO generation with improved architecture', 'vision', 'detection', ARRAY['object_detection', 'real_time'], ARRAY['image'], ARRAY['json'], 'inference', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.xlarge', 6, 20100000, '51.5% COCO mAP', 'AGPL-3.0', false, 2.47, 0.002, 3),
('detr-resnet-101', 'detr-resnet-101', 'DETR-ResNet-101', 'End-to-end transformer detector', 'vision', 'detection', ARRAY['object_detection', 'panoptic_segmentation'], ARRAY['image'], ARRAY['json'], 'inference', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.xlarge', 8, 60000000, '44.9% COCO mAP', 'Apache-2.0', true, 2.47, 0.003, 3),

-- Segmentation (2)
('sam-vit-h', 'sam-vit-h', 'SAM-ViT-H', 'Segment Anything Model - ViT-Huge backbone', 'vision', 'segmentation', ARRAY['instance_segmentation', 'interactive'], ARRAY['image'], ARRAY['json', 'image'], 'inference', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.2xlarge', 12, 636000000, 'SOTA on zero-shot', 'Apache-2.0', true, 2.66, 0.005, 3),
('sam-2', 'sam-2', 'SAM 2', 'Segment Anything Model 2 - video and image segmentation', 'vision', 'segmentation', ARRAY['instance_segmentation', 'video_segmentation', 'interactive'], ARRAY['image', 'video'], ARRAY['json', 'image'], 'inference', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.4xlarge', 16, 800000000, 'SOTA video segmentation', 'Apache-2.0', true, 3.55, 0.008, 3),

-- Embedding (1)
('clip-vit-l', 'clip-vit-l', 'CLIP-ViT-L', 'Contrastive Language-Image Pre-training', 'vision', 'embedding', ARRAY['image_embedding', 'text_embedding', 'zero_shot'], ARRAY['image', 'text'], ARRAY['embedding'], 'embedding', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.xlarge', 8, 428000000, 'SOTA zero-shot classification', 'MIT', true, 2.47, 0.001, 3),

-- OCR (2)
('paddleocr-v4', 'paddleocr-v4', 'PaddleOCR-v4', 'Multi-language OCR with detection and recognition', 'vision', 'ocr', ARRAY['text_detection', 'text_recognition', 'multilingual'], ARRAY['image'], ARRAY['json', 'text'], 'inference', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g4dn.xlarge', 4, 15000000, '95%+ accuracy', 'Apache-2.0', true, 1.30, 0.002, 3),
('trocr-large', 'trocr-large', 'TrOCR-Large', 'Transformer-based OCR for handwritten text', 'vision', 'ocr', ARRAY['text_recognition', 'handwriting'], ARRAY['image'], ARRAY['text'], 'inference', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.xlarge', 8, 558000000, 'SOTA handwriting', 'MIT', true, 2.47, 0.003, 3);

-- ============================================================================
-- AUDIO/SPEECH MODELS (6 models)
-- ============================================================================

INSERT INTO self_hosted_models (model_id, name, display_name, description, category, specialty, capabilities, input_modalities, output_modalities, primary_mode, sagemaker_image, instance_type, gpu_memory_gb, parameters, accuracy, license, commercial_use_allowed, hourly_rate, per_minute_audio, min_tier) VALUES

('whisper-large-v3', 'whisper-large-v3', 'Whisper-Large-v3', 'OpenAI multilingual speech recognition', 'audio', 'stt', ARRAY['transcription', 'translation', 'language_detection'], ARRAY['audio'], ARRAY['text', 'json'], 'transcription', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.2xlarge', 10, 1550000000, '4.2% WER', 'MIT', true, 2.66, 0.006, 3),
('whisper-large-v3-turbo', 'whisper-large-v3-turbo', 'Whisper-Large-v3-Turbo', 'Faster Whisper with minimal accuracy loss', 'audio', 'stt', ARRAY['transcription', 'fast'], ARRAY['audio'], ARRAY['text', 'json'], 'transcription', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.xlarge', 6, 809000000, '5.0% WER', 'MIT', true, 2.47, 0.004, 3),
('wav2vec2-xlsr-53', 'wav2vec2-xlsr-53', 'Wav2Vec2-XLSR-53', 'Cross-lingual speech representation', 'audio', 'stt', ARRAY['transcription', 'multilingual', 'self_supervised'], ARRAY['audio'], ARRAY['text'], 'transcription', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.xlarge', 8, 317000000, 'Multilingual', 'MIT', true, 2.47, 0.005, 3),
('titanet-l', 'titanet-l', 'TitaNet-L', 'NVIDIA speaker embedding and verification', 'audio', 'speaker_id', ARRAY['speaker_embedding', 'speaker_verification'], ARRAY['audio'], ARRAY['embedding'], 'embedding', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g4dn.xlarge', 4, 23000000, '99%+ accuracy', 'Apache-2.0', true, 1.30, 0.003, 3),
('pyannote-diarization-3.1', 'pyannote-diarization-3.1', 'pyannote Speaker Diarization 3.1', 'State-of-the-art speaker diarization', 'audio', 'diarization', ARRAY['speaker_diarization', 'vad'], ARRAY['audio'], ARRAY['json'], 'inference', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.xlarge', 6, 50000000, 'SOTA diarization', 'MIT', true, 2.47, 0.005, 3),
('speecht5-tts', 'speecht5-tts', 'SpeechT5 TTS', 'Microsoft text-to-speech synthesis', 'audio', 'tts', ARRAY['text_to_speech', 'voice_synthesis'], ARRAY['text'], ARRAY['audio'], 'audio', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g4dn.xlarge', 4, 143000000, 'Natural voice', 'MIT', true, 1.30, 0.004, 3);

-- ============================================================================
-- SCIENTIFIC COMPUTING MODELS (8 models)
-- ============================================================================

INSERT INTO self_hosted_models (model_id, name, display_name, description, category, specialty, capabilities, input_modalities, output_modalities, primary_mode, sagemaker_image, instance_type, gpu_memory_gb, parameters, accuracy, license, commercial_use_allowed, hourly_rate, per_request, min_tier) VALUES

('alphafold2', 'alphafold2', 'AlphaFold 2', 'Nobel Prize-winning protein structure prediction', 'scientific', 'protein_folding', ARRAY['protein_folding', 'structure_prediction'], ARRAY['sequence'], ARRAY['pdb', 'json'], 'inference', 'alphafold2:2.3.2-gpu', 'ml.g5.12xlarge', 96, 93000000, '92.4 GDT (CASP14)', 'Apache-2.0', true, 14.28, 2.50, 4),
('esm2-650m', 'esm2-650m', 'ESM-2 (650M)', 'Meta protein language model - medium', 'scientific', 'protein_embedding', ARRAY['protein_embedding', 'structure_prediction'], ARRAY['sequence'], ARRAY['embedding', 'json'], 'embedding', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.2xlarge', 12, 650000000, 'SOTA embeddings', 'MIT', true, 2.66, 0.05, 3),
('esm2-3b', 'esm2-3b', 'ESM-2 (3B)', 'Meta protein language model - large', 'scientific', 'protein_embedding', ARRAY['protein_embedding', 'structure_prediction'], ARRAY['sequence'], ARRAY['embedding', 'json'], 'embedding', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.12xlarge', 48, 3000000000, 'SOTA embeddings', 'MIT', true, 14.28, 0.15, 4),
('esmfold', 'esmfold', 'ESMFold', 'Single-sequence protein structure prediction', 'scientific', 'protein_folding', ARRAY['protein_folding', 'fast'], ARRAY['sequence'], ARRAY['pdb', 'json'], 'inference', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.4xlarge', 20, 700000000, 'Near AlphaFold2', 'MIT', true, 3.55, 0.50, 3),
('rosettafold2', 'rosettafold2', 'RoseTTAFold2', 'Protein complex structure prediction', 'scientific', 'protein_complex', ARRAY['protein_folding', 'complex_prediction'], ARRAY['sequence'], ARRAY['pdb', 'json'], 'inference', 'rosettafold2:latest-gpu', 'ml.p4d.24xlarge', 160, 100000000, 'SOTA complexes', 'BSD-3-Clause', true, 57.35, 5.00, 5),
('alphageometry', 'alphageometry', 'AlphaGeometry', 'Olympiad-level geometry reasoning', 'scientific', 'math_reasoning', ARRAY['geometry_reasoning', 'theorem_proving'], ARRAY['text'], ARRAY['text', 'json'], 'inference', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.2xlarge', 12, 270000000, 'IMO Silver level', 'Apache-2.0', true, 2.66, 0.10, 3),
('muzero', 'muzero', 'MuZero', 'DeepMind model-based planning', 'scientific', 'planning', ARRAY['planning', 'game_playing', 'decision_making'], ARRAY['state'], ARRAY['action', 'json'], 'inference', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.4xlarge', 16, 50000000, 'Superhuman games', 'Apache-2.0', true, 3.55, 0.05, 4),
('graphormer', 'graphormer', 'Graphormer', 'Transformer for molecular property prediction', 'scientific', 'molecular', ARRAY['molecular_property', 'graph_learning'], ARRAY['smiles', 'graph'], ARRAY['json'], 'inference', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.xlarge', 8, 47000000, 'SOTA molecular', 'MIT', true, 2.47, 0.02, 3);

-- ============================================================================
-- MEDICAL IMAGING MODELS (6 models)
-- ============================================================================

INSERT INTO self_hosted_models (model_id, name, display_name, description, category, specialty, capabilities, input_modalities, output_modalities, primary_mode, sagemaker_image, instance_type, gpu_memory_gb, parameters, accuracy, license, commercial_use_allowed, hourly_rate, per_image, min_tier) VALUES

('nnunet', 'nnunet', 'nnU-Net', 'Self-configuring medical image segmentation', 'medical', 'segmentation', ARRAY['medical_segmentation', 'auto_configure'], ARRAY['image'], ARRAY['image', 'json'], 'inference', 'nnunet:v2-gpu', 'ml.g5.4xlarge', 16, 31000000, 'SOTA 23+ challenges', 'Apache-2.0', true, 3.55, 0.05, 4),
('medsam', 'medsam', 'MedSAM', 'Segment Anything for Medical Images', 'medical', 'segmentation', ARRAY['medical_segmentation', 'interactive', 'universal'], ARRAY['image'], ARRAY['image', 'json'], 'inference', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.2xlarge', 12, 93000000, 'Universal medical', 'Apache-2.0', true, 2.66, 0.03, 3),
('med-sam2', 'med-sam2', 'Med-SAM2', 'Medical SAM 2 for 3D and video', 'medical', 'segmentation', ARRAY['medical_segmentation', '3d_segmentation', 'video'], ARRAY['image', 'video'], ARRAY['image', 'json'], 'inference', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.4xlarge', 16, 150000000, 'SOTA 3D medical', 'Apache-2.0', true, 3.55, 0.05, 4),
('biomedclip', 'biomedclip', 'BiomedCLIP', 'Medical image-text embeddings', 'medical', 'embedding', ARRAY['medical_embedding', 'image_text', 'zero_shot'], ARRAY['image', 'text'], ARRAY['embedding'], 'embedding', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.xlarge', 8, 400000000, 'SOTA medical CLIP', 'MIT', true, 2.47, 0.01, 3),
('chexnet', 'chexnet', 'CheXNet', 'Chest X-ray pathology detection', 'medical', 'classification', ARRAY['chest_xray', 'pathology_detection'], ARRAY['image'], ARRAY['json'], 'inference', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g4dn.xlarge', 4, 7000000, 'Radiologist-level', 'MIT', true, 1.30, 0.01, 3),
('monai-vista3d', 'monai-vista3d', 'MONAI VISTA-3D', '3D medical image segmentation foundation', 'medical', 'segmentation', ARRAY['3d_segmentation', 'ct', 'mri'], ARRAY['image'], ARRAY['image', 'json'], 'inference', 'monai:1.3-gpu', 'ml.g5.12xlarge', 48, 200000000, 'SOTA 3D', 'Apache-2.0', true, 14.28, 0.10, 4);

-- ============================================================================
-- GEOSPATIAL MODELS (4 models)
-- ============================================================================

INSERT INTO self_hosted_models (model_id, name, display_name, description, category, specialty, capabilities, input_modalities, output_modalities, primary_mode, sagemaker_image, instance_type, gpu_memory_gb, parameters, accuracy, license, commercial_use_allowed, hourly_rate, per_image, min_tier) VALUES

('prithvi-100m', 'prithvi-100m', 'Prithvi-100M', 'NASA/IBM geospatial foundation model', 'geospatial', 'foundation', ARRAY['satellite_analysis', 'multi_temporal', 'change_detection'], ARRAY['image'], ARRAY['embedding', 'json'], 'embedding', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.xlarge', 8, 100000000, 'SOTA satellite', 'Apache-2.0', true, 2.47, 0.02, 3),
('prithvi-600m', 'prithvi-600m', 'Prithvi-600M', 'NASA/IBM large geospatial model', 'geospatial', 'foundation', ARRAY['satellite_analysis', 'multi_temporal', 'segmentation'], ARRAY['image'], ARRAY['embedding', 'image'], 'embedding', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.4xlarge', 16, 600000000, 'SOTA satellite', 'Apache-2.0', true, 3.55, 0.05, 4),
('satmae', 'satmae', 'SatMAE', 'Self-supervised satellite image analysis', 'geospatial', 'foundation', ARRAY['satellite_analysis', 'self_supervised'], ARRAY['image'], ARRAY['embedding'], 'embedding', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.2xlarge', 12, 300000000, 'Strong transfer', 'MIT', true, 2.66, 0.03, 3),
('geosam', 'geosam', 'GeoSAM', 'Segment Anything for geospatial', 'geospatial', 'segmentation', ARRAY['satellite_segmentation', 'interactive'], ARRAY['image'], ARRAY['image', 'json'], 'inference', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.2xlarge', 12, 93000000, 'SOTA geo', 'Apache-2.0', true, 2.66, 0.03, 3);

-- ============================================================================
-- 3D/RECONSTRUCTION MODELS (5 models)
-- ============================================================================

INSERT INTO self_hosted_models (model_id, name, display_name, description, category, specialty, capabilities, input_modalities, output_modalities, primary_mode, sagemaker_image, instance_type, gpu_memory_gb, parameters, accuracy, license, commercial_use_allowed, hourly_rate, per_3d_model, min_tier) VALUES

('nerfstudio-nerfacto', 'nerfstudio-nerfacto', 'Nerfstudio Nerfacto', 'Real-time NeRF scene reconstruction', '3d', 'nerf', ARRAY['nerf', 'scene_reconstruction'], ARRAY['image'], ARRAY['mesh', 'video'], 'inference', 'nerfstudio:0.3-gpu', 'ml.g5.4xlarge', 16, 5000000, 'High quality NeRF', 'Apache-2.0', true, 3.55, 1.00, 4),
('3dgs', '3dgs', '3D Gaussian Splatting', 'Real-time radiance field rendering', '3d', 'splatting', ARRAY['gaussian_splatting', 'real_time_rendering'], ARRAY['image'], ARRAY['splat', 'video'], 'inference', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.2xlarge', 12, 1000000, 'SOTA real-time', 'INRIA', true, 2.66, 0.50, 3),
('instant-ngp', 'instant-ngp', 'Instant-NGP', 'NVIDIA instant neural graphics primitives', '3d', 'nerf', ARRAY['nerf', 'fast_training'], ARRAY['image'], ARRAY['mesh', 'video'], 'inference', 'instant-ngp:latest-gpu', 'ml.g5.2xlarge', 10, 2000000, 'Fast NeRF', 'NVIDIA', true, 2.66, 0.30, 3),
('point-e', 'point-e', 'Point-E', 'OpenAI text-to-3D point cloud', '3d', 'generation', ARRAY['text_to_3d', 'point_cloud'], ARRAY['text'], ARRAY['ply', 'json'], '3d', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.xlarge', 8, 40000000, 'Fast text-to-3D', 'MIT', true, 2.47, 0.20, 3),
('shap-e', 'shap-e', 'Shap-E', 'OpenAI text/image to 3D mesh', '3d', 'generation', ARRAY['text_to_3d', 'image_to_3d', 'mesh_generation'], ARRAY['text', 'image'], ARRAY['obj', 'glb'], '3d', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.xlarge', 8, 300000000, '3D asset generation', 'MIT', true, 2.47, 0.25, 3);

-- ============================================================================
-- LLM/EMBEDDINGS MODELS (14 models)
-- ============================================================================

INSERT INTO self_hosted_models (model_id, name, display_name, description, category, specialty, capabilities, input_modalities, output_modalities, primary_mode, sagemaker_image, instance_type, gpu_memory_gb, context_window, max_output, parameters, accuracy, license, commercial_use_allowed, hourly_rate, per_request, min_tier) VALUES

-- Large LLMs
('llama-3.3-70b', 'llama-3.3-70b', 'Llama 3.3 70B', 'Meta latest flagship LLM', 'llm', 'chat', ARRAY['chat', 'reasoning', 'function_calling'], ARRAY['text'], ARRAY['text'], 'chat', 'huggingface-llm:2.0-gpu', 'ml.g5.48xlarge', 160, 128000, 8192, 70000000000, 'SOTA open', 'Llama-3.3', true, 35.63, 0.05, 5),
('llama-3.2-11b-vision', 'llama-3.2-11b-vision', 'Llama 3.2 11B Vision', 'Meta multimodal LLM', 'llm', 'vision_chat', ARRAY['chat', 'vision', 'reasoning'], ARRAY['text', 'image'], ARRAY['text'], 'chat', 'huggingface-llm:2.0-gpu', 'ml.g5.12xlarge', 48, 128000, 4096, 11000000000, 'SOTA vision', 'Llama-3.2', true, 14.28, 0.02, 4),
('mistral-7b-v0.3', 'mistral-7b-v0.3', 'Mistral 7B v0.3', 'Mistral efficient base model', 'llm', 'chat', ARRAY['chat', 'completion', 'function_calling'], ARRAY['text'], ARRAY['text'], 'chat', 'huggingface-llm:2.0-gpu', 'ml.g5.2xlarge', 16, 32000, 4096, 7000000000, 'Efficient 7B', 'Apache-2.0', true, 2.66, 0.005, 3),
('mixtral-8x7b', 'mixtral-8x7b', 'Mixtral 8x7B', 'Mistral mixture of experts', 'llm', 'chat', ARRAY['chat', 'completion', 'moe'], ARRAY['text'], ARRAY['text'], 'chat', 'huggingface-llm:2.0-gpu', 'ml.g5.12xlarge', 96, 32000, 4096, 46700000000, 'SOTA MoE', 'Apache-2.0', true, 14.28, 0.01, 4),
('qwen2.5-72b', 'qwen2.5-72b', 'Qwen2.5 72B', 'Alibaba flagship LLM', 'llm', 'chat', ARRAY['chat', 'reasoning', 'coding'], ARRAY['text'], ARRAY['text'], 'chat', 'huggingface-llm:2.0-gpu', 'ml.g5.48xlarge', 160, 128000, 8192, 72000000000, 'SOTA multilingual', 'Qwen', true, 35.63, 0.05, 5),

-- Code Models
('codellama-70b', 'codellama-70b', 'CodeLlama 70B', 'Meta code-specialized LLM', 'llm', 'code', ARRAY['code_generation', 'code_completion', 'infilling'], ARRAY['text'], ARRAY['text'], 'completion', 'huggingface-llm:2.0-gpu', 'ml.g5.48xlarge', 160, 100000, 16384, 70000000000, 'SOTA code', 'Llama-2', true, 35.63, 0.03, 5),
('starcoder2-15b', 'starcoder2-15b', 'StarCoder2 15B', 'BigCode multi-language code model', 'llm', 'code', ARRAY['code_generation', 'code_completion', 'multi_language'], ARRAY['text'], ARRAY['text'], 'completion', 'huggingface-llm:2.0-gpu', 'ml.g5.4xlarge', 32, 16000, 8192, 15000000000, 'Strong code', 'BigCode-OpenRAIL-M', true, 3.55, 0.008, 4),
('deepseek-coder-33b', 'deepseek-coder-33b', 'DeepSeek Coder 33B', 'DeepSeek coding specialist', 'llm', 'code', ARRAY['code_generation', 'code_completion'], ARRAY['text'], ARRAY['text'], 'completion', 'huggingface-llm:2.0-gpu', 'ml.g5.12xlarge', 72, 16000, 8192, 33000000000, 'SOTA code', 'DeepSeek', true, 14.28, 0.015, 4),

-- Embeddings
('bge-large-en', 'bge-large-en', 'BGE-Large-EN', 'BAAI general embedding model', 'llm', 'embedding', ARRAY['text_embedding', 'retrieval'], ARRAY['text'], ARRAY['embedding'], 'embedding', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g4dn.xlarge', 2, 512, NULL, 335000000, 'SOTA MTEB', 'MIT', true, 1.30, 0.0005, 3),
('bge-m3', 'bge-m3', 'BGE-M3', 'Multi-lingual multi-function embeddings', 'llm', 'embedding', ARRAY['text_embedding', 'multilingual', 'sparse_embedding'], ARRAY['text'], ARRAY['embedding'], 'embedding', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.xlarge', 4, 8192, NULL, 568000000, 'SOTA multilingual', 'MIT', true, 2.47, 0.0008, 3),
('e5-mistral-7b', 'e5-mistral-7b', 'E5-Mistral-7B', 'Mistral-based embeddings', 'llm', 'embedding', ARRAY['text_embedding', 'long_context'], ARRAY['text'], ARRAY['embedding'], 'embedding', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.2xlarge', 16, 32000, NULL, 7000000000, 'Strong long-context', 'MIT', true, 2.66, 0.002, 3),
('jina-embeddings-v3', 'jina-embeddings-v3', 'Jina Embeddings v3', 'Jina multi-task embeddings', 'llm', 'embedding', ARRAY['text_embedding', 'multilingual', 'multimodal'], ARRAY['text'], ARRAY['embedding'], 'embedding', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.xlarge', 4, 8192, NULL, 570000000, 'Versatile', 'Apache-2.0', true, 2.47, 0.0006, 3),
('mxbai-embed-large', 'mxbai-embed-large', 'mxbai-embed-large', 'Mixedbread high-quality embeddings', 'llm', 'embedding', ARRAY['text_embedding', 'retrieval'], ARRAY['text'], ARRAY['embedding'], 'embedding', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g4dn.xlarge', 2, 512, NULL, 335000000, 'High quality', 'Apache-2.0', true, 1.30, 0.0005, 3),
('gte-qwen2-7b', 'gte-qwen2-7b', 'GTE-Qwen2-7B', 'Alibaba instruction-tuned embeddings', 'llm', 'embedding', ARRAY['text_embedding', 'instruction_following'], ARRAY['text'], ARRAY['embedding'], 'embedding', 'pytorch-inference:2.1-transformers4.36-gpu-py310-cu121-ubuntu22.04', 'ml.g5.2xlarge', 16, 32000, NULL, 7000000000, 'SOTA instruction', 'Apache-2.0', true, 2.66, 0.002, 3);

-- Every self-hosted model starts COLD: its endpoint is scaled to zero until the thermal sync says otherwise.
INSERT INTO thermal_states (model_id, current_state, is_transitioning)
SELECT model_id, default_thermal_state, false FROM self_hosted_models;
